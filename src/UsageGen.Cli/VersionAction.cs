using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace UsageGen.Cli
{
    /// <summary>Prints this tool's version; the default action prints the entry assembly's, which is the test host's in tests.</summary>
    internal sealed class VersionAction : SynchronousCommandLineAction
    {
        /// <inheritdoc/>
        public override int Invoke(ParseResult parseResult)
        {
            var version = typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            parseResult.InvocationConfiguration.Output.Write(version + "\n");
            return ExitCodes.Success;
        }
    }
}
