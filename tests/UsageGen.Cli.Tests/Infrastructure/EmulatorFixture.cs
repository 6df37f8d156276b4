using System;
using System.Linq;
using System.Threading.Tasks;
using UsageGen.LaunchDarkly;
using UsageGen.LaunchDarkly.Emulator;
using Xunit;

namespace UsageGen.Cli.Tests.Infrastructure
{
    /// <summary>An emulator with a fixed clock and its own token, which the CLI reaches with --server and --token.</summary>
    public sealed class EmulatorFixture : IAsyncLifetime
    {
        public static readonly DateTimeOffset Now = new(2024, 3, 15, 10, 30, 0, TimeSpan.Zero);

        /// <summary>A token no output may ever contain.</summary>
        public const string Token = "api-7f3c9a1e-cli-test-token";

        private UsageEmulator? emulator;

        public UsageEmulator Emulator => emulator ?? throw new InvalidOperationException("The emulator has not started.");

        public async Task InitializeAsync() =>
            emulator = await UsageEmulator.StartAsync(new UsageEmulatorOptions { AccessToken = Token, Now = Now });

        public async Task DisposeAsync()
        {
            if (emulator is not null)
            {
                await emulator.DisposeAsync();
            }
        }

        /// <summary>The arguments followed by --server and --token of this emulator.</summary>
        public string[] Args(params string[] args) =>
            args.Concat(new[] { "--server", Emulator.BaseAddress.ToString(), "--token", Token }).ToArray();

        /// <summary>A client of this emulator, to compare the CLI's output with.</summary>
        public LaunchDarklyUsageClient CreateClient() =>
            LaunchDarklyUsageClientFactory.Create(new LaunchDarklyUsageClientOptions { AccessToken = Token, BaseUrl = Emulator.BaseAddress });
    }
}
