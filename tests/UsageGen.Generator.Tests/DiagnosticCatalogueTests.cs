using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using UsageGen.Generator.Diagnostics;
using Xunit;

namespace UsageGen.Generator.Tests;

/// <summary>
/// The diagnostic catalogue: one descriptor per condition, each with its own ID, documented in the README's table with
/// its severity and listed in AnalyzerReleases.Unshipped.md, so users can look up and suppress one kind at a time.
/// </summary>
public sealed class DiagnosticCatalogueTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Every_descriptor_has_an_ID_of_its_own()
    {
        Assert.True(Descriptors.Length >= 30, $"only {Descriptors.Length} descriptors were found");
        Assert.Equal(Descriptors.Length, Descriptors.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Descriptors, d => Assert.Matches("^UGEN[0-9]{3}$", d.Id));
    }

    [Fact]
    public void Every_descriptor_is_in_the_README_with_its_severity_and_nothing_else_is()
    {
        var rows = Regex.Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")), @"^\| (UGEN[0-9]{3}) \| (Error|Warning|Info) \|", RegexOptions.Multiline)
            .Select(match => (Id: match.Groups[1].Value, Severity: match.Groups[2].Value))
            .ToList();

        Assert.Equal(
            Descriptors.Select(d => (d.Id, d.DefaultSeverity.ToString())).OrderBy(row => row.Id, StringComparer.Ordinal),
            rows.OrderBy(row => row.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_descriptor_is_in_the_analyzer_release_file()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "generator", "AnalyzerReleases.Unshipped.md"));

        Assert.All(Descriptors, d => Assert.Contains(d.Id + " | UsageGen | " + d.DefaultSeverity, text, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "UsageGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("UsageGen.sln was not found above " + AppContext.BaseDirectory);
    }
}
