using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests
{
    /// <summary>The built host as a person runs it, in a process of its own.</summary>
    public sealed class HostProcessTests
    {
        [Fact]
        public async Task A_busy_address_ends_the_host_with_one_line_on_stderr_and_exit_code_1()
        {
            using var holder = new TcpListener(IPAddress.Loopback, 0);
            holder.Start();
            var port = ((IPEndPoint)holder.LocalEndpoint).Port;
            var url = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
            var next = port < 65535 ? "http://127.0.0.1:" + (port + 1).ToString(CultureInfo.InvariantCulture) : "http://127.0.0.1:5081";

            var result = await HostProcess.RunAsync("--urls", url);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Equal($"error: {url} is already in use; pick another address with --urls {next}", Assert.Single(result.ErrorLines));
            // Neither Kestrel's log nor the runtime's report of an unhandled exception: no stack trace anywhere.
            foreach (var output in new[] { result.StandardOutput, result.StandardError })
            {
                Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
                Assert.DoesNotContain("fail:", output, StringComparison.Ordinal);
            }
        }
    }
}
