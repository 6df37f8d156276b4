using System;
using System.Net;
using System.Net.Sockets;

namespace UsageGen.Cli.Tests.Infrastructure
{
    /// <summary>
    /// A loopback port that accepts connections but never answers, to prove that a run sent no request: any
    /// connection attempt stays pending in the listener's backlog.
    /// </summary>
    public sealed class SilentServer : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);

        public SilentServer() => listener.Start();

        public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";

        public bool WasContacted => listener.Pending();

        public void Dispose() => listener.Stop();
    }
}
