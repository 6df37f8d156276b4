using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Model;

namespace UsageGen.Generator.Parse
{
    /// <summary>
    /// Picks the AdditionalFiles items opted in with <c>UsageGenOpenApi="true"</c> and reads their text and
    /// options into a <see cref="DescriptionFile"/>.
    /// </summary>
    internal static class DescriptionFileReader
    {
        public const string OptInMetadata = "build_metadata.AdditionalFiles.UsageGenOpenApi";
        public const string ClientClassNameMetadata = "build_metadata.AdditionalFiles.UsageGenClientClassName";
        public const string ClientNamespaceMetadata = "build_metadata.AdditionalFiles.UsageGenClientNamespace";
        public const string IncludePathsMetadata = "build_metadata.AdditionalFiles.UsageGenIncludePaths";
        public const string ExcludePathsMetadata = "build_metadata.AdditionalFiles.UsageGenExcludePaths";
        public const string XmlDocsMetadata = "build_metadata.AdditionalFiles.UsageGenXmlDocs";
        public const string TypeAccessModifierMetadata = "build_metadata.AdditionalFiles.UsageGenTypeAccessModifier";
        public const string AdditionalDataMetadata = "build_metadata.AdditionalFiles.UsageGenAdditionalData";
        public const string BackwardCompatibleMetadata = "build_metadata.AdditionalFiles.UsageGenBackwardCompatible";
        public const string BackingStoreMetadata = "build_metadata.AdditionalFiles.UsageGenBackingStore";

        private const string DefaultClientClassName = "ApiClient";
        private const string DefaultClientNamespace = "ApiSdk";

        public const string ProjectDirectoryProperty = "build_property.ProjectDir";

        public static DescriptionFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
        {
            var options = provider.GetOptions(file);
            if (!options.TryGetValue(OptInMetadata, out var optIn) || !string.Equals(optIn.Trim(), "true", System.StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var diagnostics = new List<DiagnosticInfo>();
            var className = Option(options, ClientClassNameMetadata) ?? DefaultClientClassName;
            var ns = Option(options, ClientNamespaceMetadata) ?? DefaultClientNamespace;
            var fileLocation = new LocationInfo(file.Path, 0, 0, 0, 0, 0, 0);
            if (!SyntaxFacts.IsValidIdentifier(className) || SyntaxFacts.GetKeywordKind(className) != SyntaxKind.None)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, fileLocation, "UsageGenClientClassName", className, System.IO.Path.GetFileName(file.Path), "class name"));
                className = DefaultClientClassName;
            }

            if (!IsValidNamespace(ns))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, fileLocation, "UsageGenClientNamespace", ns, System.IO.Path.GetFileName(file.Path), "namespace"));
                ns = DefaultClientNamespace;
            }

            var xmlDocs = Flag(options, XmlDocsMetadata, "UsageGenXmlDocs", file, fileLocation, diagnostics, defaultValue: true);
            var additionalData = Flag(options, AdditionalDataMetadata, "UsageGenAdditionalData", file, fileLocation, diagnostics, defaultValue: true);
            var backwardCompatible = Flag(options, BackwardCompatibleMetadata, "UsageGenBackwardCompatible", file, fileLocation, diagnostics, defaultValue: false);
            var backingStore = Flag(options, BackingStoreMetadata, "UsageGenBackingStore", file, fileLocation, diagnostics, defaultValue: false);
            var accessModifier = Option(options, TypeAccessModifierMetadata);
            if (accessModifier is not null && !string.Equals(accessModifier, "Public", System.StringComparison.OrdinalIgnoreCase)
                && !string.Equals(accessModifier, "Internal", System.StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, fileLocation, "UsageGenTypeAccessModifier", accessModifier, System.IO.Path.GetFileName(file.Path), "type access modifier for generated types (Public or Internal)"));
            }

            var clientOptions = new ClientOptions(
                className,
                ns,
                Patterns(options, IncludePathsMetadata),
                Patterns(options, ExcludePathsMetadata),
                xmlDocs,
                string.Equals(accessModifier, "Internal", System.StringComparison.OrdinalIgnoreCase),
                additionalData,
                backwardCompatible,
                backingStore);
            var content = file.GetText(cancellationToken)?.ToString();
            return new DescriptionFile(file.Path, content, clientOptions, diagnostics.ToEquatableArray(), Option(provider.GlobalOptions, ProjectDirectoryProperty));
        }

        /// <summary>A true/false option; absent, or any other value (which is reported), gives the default.</summary>
        private static bool Flag(AnalyzerConfigOptions options, string key, string name, AdditionalText file, LocationInfo fileLocation, List<DiagnosticInfo> diagnostics, bool defaultValue)
        {
            var value = Option(options, key);
            if (value is null)
            {
                return defaultValue;
            }

            if (!bool.TryParse(value, out var flag))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, fileLocation, name, value, System.IO.Path.GetFileName(file.Path), "boolean (true or false)"));
                return defaultValue;
            }

            return flag;
        }

        /// <summary>Patterns separated by <c>;</c> or <c>,</c> (MSBuild lists arrive joined with <c>;</c>).</summary>
        private static EquatableArray<string> Patterns(AnalyzerConfigOptions options, string key) =>
            (Option(options, key) ?? string.Empty)
                .Split(new[] { ';', ',' }, System.StringSplitOptions.RemoveEmptyEntries)
                .Select(pattern => pattern.Trim())
                .Where(pattern => pattern.Length > 0)
                .ToEquatableArray();

        private static string? Option(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private static bool IsValidNamespace(string ns)
        {
            foreach (var part in ns.Split('.'))
            {
                if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
