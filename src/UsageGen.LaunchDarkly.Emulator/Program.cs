using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace UsageGen.LaunchDarkly.Emulator
{
    /// <summary><c>dotnet run --project src/UsageGen.LaunchDarkly.Emulator [--urls URL] [--Emulator:Seed=7 …]</c>.</summary>
    internal static class Program
    {
        public static async Task Main(string[] args)
        {
            var (app, options) = EmulatorHost.Create(args);
            await using (app)
            {
                await app.StartAsync();
                var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
                Console.WriteLine(EmulatorHost.Banner(addresses, options));
                await app.WaitForShutdownAsync();
            }
        }
    }
}
