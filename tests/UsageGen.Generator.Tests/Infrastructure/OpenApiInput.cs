using System.Collections.Generic;

namespace UsageGen.Generator.Tests.Infrastructure;

/// <summary>A description handed to the generator, with the item metadata a project would set.</summary>
internal sealed record OpenApiInput(string Path, string Yaml, string? ClientClassName = null, string? ClientNamespace = null, bool OptIn = true, string? Include = null, string? Exclude = null, string? XmlDocs = null, string? TypeAccessModifier = null, string? AdditionalData = null, string? BackwardCompatible = null, string? BackingStore = null)
{
    public IReadOnlyDictionary<string, string> Metadata
    {
        get
        {
            var metadata = new Dictionary<string, string>();
            if (OptIn)
            {
                metadata["build_metadata.AdditionalFiles.UsageGenOpenApi"] = "true";
            }

            if (ClientClassName is not null)
            {
                metadata["build_metadata.AdditionalFiles.UsageGenClientClassName"] = ClientClassName;
            }

            if (ClientNamespace is not null)
            {
                metadata["build_metadata.AdditionalFiles.UsageGenClientNamespace"] = ClientNamespace;
            }

            if (Include is not null)
            {
                metadata["build_metadata.AdditionalFiles.UsageGenIncludePaths"] = Include;
            }

            if (Exclude is not null)
            {
                metadata["build_metadata.AdditionalFiles.UsageGenExcludePaths"] = Exclude;
            }

            if (XmlDocs is not null)
            {
                metadata["build_metadata.AdditionalFiles.UsageGenXmlDocs"] = XmlDocs;
            }

            if (TypeAccessModifier is not null)
            {
                metadata["build_metadata.AdditionalFiles.UsageGenTypeAccessModifier"] = TypeAccessModifier;
            }

            if (AdditionalData is not null)
            {
                metadata["build_metadata.AdditionalFiles.UsageGenAdditionalData"] = AdditionalData;
            }

            if (BackwardCompatible is not null)
            {
                metadata["build_metadata.AdditionalFiles.UsageGenBackwardCompatible"] = BackwardCompatible;
            }

            if (BackingStore is not null)
            {
                metadata["build_metadata.AdditionalFiles.UsageGenBackingStore"] = BackingStore;
            }

            return metadata;
        }
    }
}
