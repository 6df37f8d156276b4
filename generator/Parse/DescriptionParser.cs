using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using UsageGen.Generator.Diagnostics;
using UsageGen.Generator.Helpers;
using UsageGen.Generator.Model;
using UsageGen.Generator.Bind;

namespace UsageGen.Generator.Parse
{
    /// <summary>
    /// The parse step of the pipeline: description text in, <see cref="ParseResult"/> out. Never throws:
    /// an unexpected failure becomes diagnostic UGEN005, so the compiler keeps going.
    /// </summary>
    internal static class DescriptionParser
    {
        public static ParseResult Parse(DescriptionFile file, EquatableArray<AvailableFile> additionalFiles, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>(file.Diagnostics);
            if (file.Content is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnreadableFile,
                    new LocationInfo(file.Path, 0, 0, 0, 0, 0, 0),
                    $"'{Path.GetFileName(file.Path)}' could not be read"));
                return new ParseResult(null, diagnostics.ToEquatableArray());
            }

            try
            {
                var document = OpenApiDocumentParser.Parse(file.Path, file.Content, new ReferencedFiles(additionalFiles), file.ProjectDirectory, diagnostics, cancellationToken);
                var client = document is null ? null : ClientSpecBuilder.Build(document, file.Options, file.Path, diagnostics, cancellationToken);
                return new ParseResult(client, diagnostics.ToEquatableArray());
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.GeneratorFailure,
                    new LocationInfo(file.Path, 0, 0, 0, 0, 0, 0),
                    Path.GetFileName(file.Path),
                    ex.GetType().Name,
                    ex.Message));
                return new ParseResult(null, diagnostics.ToEquatableArray());
            }
        }
    }
}
