using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace UsageGen.LaunchDarkly.Emulator.Host
{
    /// <summary>
    /// <c>dotnet run --project src/UsageGen.LaunchDarkly.Emulator.Host [--urls URL] [--Emulator:Seed=7 …]</c>. Exits with 1,
    /// after one line on stderr, when the address is already taken.
    /// </summary>
    internal static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            var (app, options) = EmulatorHost.Create(args);
            await using (app)
            {
                try
                {
                    await app.StartAsync();
                }
                catch (IOException exception) when (exception.InnerException is AddressInUseException)
                {
                    await Console.Error.WriteLineAsync(EmulatorHost.AddressInUse(EmulatorHost.Urls(app.Configuration)));
                    return 1;
                }

                var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
                Console.WriteLine(EmulatorHost.Banner(addresses, options));
                await app.WaitForShutdownAsync();
                return 0;
            }
        }
    }
}
