using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using UsageGen.Generator.Bind;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Emit;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Parse;

namespace UsageGen.Generator
{
    /// <summary>
    /// Generates a Kiota-compatible client from each OpenAPI description added as an AdditionalFiles item
    /// with <c>UsageGenOpenApi="true"</c>. The pipeline only wires the stages: read → parse → emit, with
    /// diagnostics reported on their own branch so that they never force code to be emitted again.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class OpenApiClientGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, cancellationToken) => DescriptionFileReader.Read(pair.Left, pair.Right, cancellationToken))
                .Where(static file => file is not null)
                .WithTrackingName(TrackingNames.DescriptionFiles);

            // Every item a relative $ref may reach, by path and identity only: a file's text is read when a reference
            // reaches it, so a file no description reaches is never read, and an unchanged list stays cached.
            var additionalFiles = context.AdditionalTextsProvider
                .Select(static (text, _) => new AvailableFile(text.Path, text))
                .Collect()
                .Select(static (texts, _) => texts.ToEquatableArray())
                .WithTrackingName(TrackingNames.AdditionalFiles);

            var results = files
                .Combine(additionalFiles)
                .Select(static (pair, cancellationToken) => DescriptionParser.Parse(pair.Left!, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.ParseResults);

            var nullableAnnotations = context.ParseOptionsProvider
                .Select(static (options, _) => options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8)
                .WithTrackingName(TrackingNames.LanguageFeatures);

            // Without the Kiota runtime every generated file would fail with CS0234: one diagnostic says what to add instead.
            var runtimeReferenced = context.CompilationProvider
                .Select(static (compilation, _) => compilation.GetTypeByMetadataName("Microsoft.Kiota.Abstractions.BaseRequestBuilder") is not null)
                .WithTrackingName(TrackingNames.KiotaRuntime);

            var types = results
                .Select(static (result, _) => result.Client)
                .WithTrackingName(TrackingNames.ClientSpecs)
                .SelectMany(static (client, _) => client is null ? default : client.Types)
                .WithTrackingName(TrackingNames.GeneratedTypes)
                .Combine(nullableAnnotations.Combine(runtimeReferenced));

            context.RegisterSourceOutput(types, static (production, pair) =>
            {
                if (!pair.Right.Right)
                {
                    return;
                }

                try
                {
                    production.AddSource(pair.Left.HintName, ClientEmitter.Emit(pair.Left, pair.Right.Left));
                }
                catch (System.Exception ex) when (ex is not System.OperationCanceledException)
                {
                    // An emitter bug must not take the whole compilation down with CS8785.
                    production.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, Location.None, pair.Left.HintName, ex.GetType().Name, ex.Message));
                }
            });

            // The read and write paths implement the Kiota 2.x factory interfaces (async only) over its JSON serialization; on the
            // 1.x line, whose IParseNodeFactory is synchronous and whose JSON node and writer the differential tests do not
            // cover, they are left out.
            var jsonRuntime = context.CompilationProvider
                .Select(static (compilation, _) =>
                    compilation.GetTypeByMetadataName("Microsoft.Kiota.Serialization.Json.KiotaJsonSerializationContext") is not null &&
                    compilation.GetTypeByMetadataName("Microsoft.Kiota.Abstractions.Serialization.IAsyncParseNodeFactory") is null)
                .WithTrackingName(TrackingNames.KiotaJsonRuntime);

            // The fast JSON read and write paths are one set of files per client, derived from all of its models at once.
            var jsonReaders = results
                .Select(static (result, _) => result.Client is null ? null : JsonReadersSpecBuilder.Build(result.Client))
                .WithTrackingName(TrackingNames.JsonReaders)
                .Combine(nullableAnnotations.Combine(jsonRuntime));

            context.RegisterSourceOutput(jsonReaders, static (production, pair) =>
            {
                if (pair.Left is not { } spec || !pair.Right.Right)
                {
                    return;
                }

                var annotations = pair.Right.Left;
                try
                {
                    production.AddSource(JsonParseNodeFactoryEmitter.HintName(spec), JsonParseNodeFactoryEmitter.Emit(spec, annotations));
                    production.AddSource(JsonParseNodeEmitter.HintName(spec), JsonParseNodeEmitter.Emit(spec, annotations));
                    production.AddSource(JsonModelReadersEmitter.HintName(spec), JsonModelReadersEmitter.Emit(spec, annotations));
                    production.AddSource(JsonSerializationWriterFactoryEmitter.HintName(spec), JsonSerializationWriterFactoryEmitter.Emit(spec, annotations));
                    production.AddSource(JsonSerializationWriterEmitter.HintName(spec), JsonSerializationWriterEmitter.Emit(spec, annotations));
                }
                catch (System.Exception ex) when (ex is not System.OperationCanceledException)
                {
                    production.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, Location.None, JsonModelReadersEmitter.HintName(spec), ex.GetType().Name, ex.Message));
                }
            });

            var setup = files
                .Collect()
                .Select(static (marked, _) => marked.Length)
                .WithTrackingName(TrackingNames.MarkedFileCount)
                .Combine(runtimeReferenced);

            context.RegisterSourceOutput(setup, static (production, pair) =>
            {
                if (pair.Left == 0)
                {
                    production.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoDescriptionMarked, Location.None));
                }
                else if (!pair.Right)
                {
                    production.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.KiotaRuntimeMissing, Location.None, KiotaRuntime.Version));
                }
            });

            var diagnostics = results
                .Select(static (result, _) => result.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);

            context.RegisterSourceOutput(diagnostics, static (production, list) =>
            {
                foreach (var diagnostic in list)
                {
                    production.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        }
    }
}
