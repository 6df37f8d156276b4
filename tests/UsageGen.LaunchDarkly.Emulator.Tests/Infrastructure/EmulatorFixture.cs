using System;
using System.Threading.Tasks;
using Xunit;

namespace UsageGen.LaunchDarkly.Emulator.Tests.Infrastructure
{
    /// <summary>One emulator per test class, on a fixed clock: 2024-03-15T10:30:00Z (a leap-year March, mid-morning).</summary>
    public sealed class EmulatorFixture : IAsyncLifetime
    {
        public static readonly DateTimeOffset Now = new(2024, 3, 15, 10, 30, 0, TimeSpan.Zero);

        private UsageEmulator? _emulator;

        public UsageEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

        public LaunchDarklyUsageClient CreateClient() => Clients.Create(Emulator);

        public async Task InitializeAsync() => _emulator = await UsageEmulator.StartAsync(new UsageEmulatorOptions { Now = Now });

        public async Task DisposeAsync()
        {
            if (_emulator is not null)
            {
                await _emulator.DisposeAsync();
            }
        }
    }
}
