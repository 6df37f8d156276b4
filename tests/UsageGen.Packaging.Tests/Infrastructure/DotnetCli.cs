using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>Runs the <c>dotnet</c> CLI as a child process (no shell) and captures what it writes.</summary>
    public static class DotnetCli
    {
        /// <summary>Generous: a cold restore on a slow CI machine can take minutes.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

        /// <summary>No extra variables: the sanitized inherited environment only.</summary>
        public static IReadOnlyDictionary<string, string?> NoEnvironment { get; } = new Dictionary<string, string?>();

        /// <summary>
        /// Runs <c>dotnet</c> with the given arguments and returns once it has exited and its output is drained.
        /// The process tree is killed when <paramref name="timeout"/> passes.
        /// </summary>
        /// <param name="workingDirectory">The directory the command runs in; it decides which nuget.config and global.json apply.</param>
        /// <param name="environment">Variables to set (or, with a null value, remove) on top of the sanitized inherited environment.</param>
        /// <param name="arguments">The arguments, each passed as is.</param>
        /// <param name="timeout">The time limit; <see cref="DefaultTimeout"/> when null.</param>
        public static async Task<ProcessResult> RunAsync(
            string workingDirectory,
            IReadOnlyDictionary<string, string?> environment,
            IReadOnlyList<string> arguments,
            TimeSpan? timeout = null)
        {
            var startInfo = new ProcessStartInfo(DotnetExecutable())
            {
                WorkingDirectory = workingDirectory,
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            Sanitize(startInfo.Environment);
            foreach (var variable in environment)
            {
                if (variable.Value is null)
                {
                    startInfo.Environment.Remove(variable.Key);
                }
                else
                {
                    startInfo.Environment[variable.Key] = variable.Value;
                }
            }

            var commandLine = "dotnet " + string.Join(' ', arguments.Select(argument => argument.Contains(' ', StringComparison.Ordinal) ? "\"" + argument + "\"" : argument));
            var output = new StringBuilder();
            var gate = new object();
            using var process = new Process { StartInfo = startInfo };
            process.OutputDataReceived += (_, line) => Append(line.Data);
            process.ErrorDataReceived += (_, line) => Append(line.Data);

            var stopwatch = Stopwatch.StartNew();
            process.Start();
            // Nothing reads input; a closed stdin keeps any prompt from waiting forever.
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var limit = new CancellationTokenSource(timeout ?? DefaultTimeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                throw new ProcessTimeoutException(
                    $"`{commandLine}` in {workingDirectory} did not finish within {(timeout ?? DefaultTimeout).TotalMinutes:F0} min and was killed. Output so far:{Environment.NewLine}{Snapshot()}");
            }

            return new ProcessResult(commandLine, process.ExitCode, Snapshot(), stopwatch.Elapsed);

            void Append(string? line)
            {
                if (line is null)
                {
                    return;
                }

                lock (gate)
                {
                    output.AppendLine(line);
                }
            }

            string Snapshot()
            {
                lock (gate)
                {
                    return output.ToString();
                }
            }
        }

        /// <summary>Runs <c>dotnet</c> and fails the test with the command's full output unless it exits with 0.</summary>
        public static async Task<ProcessResult> RunSuccessfullyAsync(
            string workingDirectory,
            IReadOnlyDictionary<string, string?> environment,
            IReadOnlyList<string> arguments,
            TimeSpan? timeout = null)
        {
            var result = await RunAsync(workingDirectory, environment, arguments, timeout);
            if (result.ExitCode != 0)
            {
                throw new XunitException(result.Describe());
            }

            return result;
        }

        /// <summary>The host running this test when the SDK says where it is, so children use the same SDK install.</summary>
        private static string DotnetExecutable()
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }

        /// <summary>
        /// Drops what the surrounding <c>dotnet test</c> leaks into the environment (MSBuild paths and switches, test
        /// platform settings) so each child behaves like a command typed in a fresh terminal, and turns off the
        /// MSBuild nodes and compiler server that would outlive the child, hold its output pipes open and keep files locked.
        /// </summary>
        private static void Sanitize(IDictionary<string, string?> environment)
        {
            var inherited = environment.Keys
                .Where(key => key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                    || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                    || key.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
                .ToList();
            foreach (var key in inherited)
            {
                environment.Remove(key);
            }

            environment["MSBUILDDISABLENODEREUSE"] = "1";
            environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            // An environment variable is an MSBuild property: no VBCSCompiler server survives the build.
            environment["UseSharedCompilation"] = "false";
            environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            environment["DOTNET_NOLOGO"] = "1";
            environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            // Output is parsed below (source list, warning summary): keep it in English.
            environment["DOTNET_CLI_UI_LANGUAGE"] = "en-US";
        }
    }
}
