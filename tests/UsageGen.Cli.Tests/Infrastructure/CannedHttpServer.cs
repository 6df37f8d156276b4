using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace UsageGen.Cli.Tests.Infrastructure
{
    /// <summary>
    /// A loopback HTTP/1.1 server that answers every request with the same response and closes the connection: enough
    /// to put a proxy's HTML error page or a broken body in front of ldusage.
    /// </summary>
    public sealed class CannedHttpServer : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly byte[] response;

        public CannedHttpServer(int status, string contentType, string body)
        {
            var bodyBytes = Encoding.UTF8.GetBytes(body);
            var head = $"HTTP/1.1 {status} Canned\r\nContent-Type: {contentType}\r\nContent-Length: {bodyBytes.Length}\r\nConnection: close\r\n\r\n";
            response = [.. Encoding.ASCII.GetBytes(head), .. bodyBytes];
            listener.Start();
            _ = AcceptAsync();
        }

        public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";

        public void Dispose() => listener.Stop();

        private async Task AcceptAsync()
        {
            while (true)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync();
                }
                catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
                {
                    return;
                }

                _ = AnswerAsync(client);
            }
        }

        private async Task AnswerAsync(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                var request = new StringBuilder();
                var buffer = new byte[4096];
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer);
                    if (read == 0)
                    {
                        return;
                    }

                    request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                await stream.WriteAsync(response);
            }
        }
    }
}
