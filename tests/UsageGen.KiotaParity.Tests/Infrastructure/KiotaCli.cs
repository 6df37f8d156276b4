using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit.Sdk;

namespace UsageGen.KiotaParity.Tests.Infrastructure;

/// <summary>
/// Runs the Kiota CLI pinned in .config/dotnet-tools.json (<c>dotnet tool restore</c> installs it) as a child
/// process. Nothing it does may reach the network: the update check is switched off by KIOTA_OFFLINE_ENABLED, and
/// every description is a local file.
/// </summary>
public static class KiotaCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Generates Kiota's C# client for one description and mode into <paramref name="outputDirectory"/>.</summary>
    public static void Generate(ParityDescription description, KiotaMode mode, string outputDirectory)
    {
        var arguments = new List<string>
        {
            "kiota", "generate",
            "--language", "CSharp",
            "--openapi", OpenApiArgument(description),
            "--output", outputDirectory,
            "--class-name", description.ClientClassName,
            "--namespace-name", description.ClientNamespace,
            "--clean-output",
            "--log-level", "Warning",
        };
        if (description.MultiFile)
        {
            // Kiota refuses any file but the root unless its origin is allowed.
            arguments.AddRange(new[] { "--allowed-external-origins", "*" });
        }

        arguments.AddRange(mode.Arguments);
        Run(arguments);
    }

    /// <summary>
    /// The root's path. Kiota 1.38 resolves the root's relative <c>$ref</c>s against the root's parent folder (it drops the
    /// folder's trailing slash); a <c>/./</c> before the file name gives it the folder back, so it reads the same files ours does.
    /// </summary>
    private static string OpenApiArgument(ParityDescription description)
    {
        var path = Path.Combine(RepositoryPaths.Root, description.RelativePath);
        return description.MultiFile ? Path.Combine(Path.GetDirectoryName(path)!, ".", Path.GetFileName(path)) : path;
    }

    private static void Run(IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(DotnetExecutable())
        {
            // The tool manifest is found from here.
            WorkingDirectory = RepositoryPaths.Root,
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

        // What dotnet test leaks into the environment is not for the tool.
        foreach (var key in startInfo.Environment.Keys.Where(key => key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            startInfo.Environment.Remove(key);
        }

        // Kiota checks for a newer version of itself online unless told it is offline; hints and telemetry are off too.
        startInfo.Environment["KIOTA_OFFLINE_ENABLED"] = "true";
        startInfo.Environment["KIOTA_TUTORIAL_ENABLED"] = "false";
        startInfo.Environment["KIOTA_CLI_TELEMETRY_OPTOUT"] = "true";
        startInfo.Environment["KIOTA_CONSOLE_COLORS_ENABLED"] = "false";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en-US";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new XunitException($"`dotnet {string.Join(' ', arguments)}` did not finish within {Timeout.TotalMinutes:F0} min.{Environment.NewLine}{Snapshot()}");
        }

        // Drains the asynchronous readers.
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new XunitException(
                $"`dotnet {string.Join(' ', arguments)}` exited with {process.ExitCode}. Is the tool restored (`dotnet tool restore` at the repository root)?{Environment.NewLine}{Snapshot()}");
        }

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }

        string Snapshot()
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The host running this test when the SDK says where it is, so the tool runs on the same SDK.</summary>
    private static string DotnetExecutable()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
