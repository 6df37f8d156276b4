using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace UsageGen.Packaging.Tests.Infrastructure
{
    /// <summary>A .nupkg (or .snupkg) opened as the zip it is: its entries and its nuspec, as a consumer's NuGet sees them.</summary>
    public sealed class NuGetPackage : IDisposable
    {
        private readonly ZipArchive _archive;

        private NuGetPackage(ZipArchive archive, XElement metadata)
        {
            _archive = archive;
            Metadata = metadata;
        }

        /// <summary>The nuspec's &lt;metadata&gt; element.</summary>
        public XElement Metadata { get; }

        /// <summary>The package's files by zip entry name, without the OPC bookkeeping NuGet adds to every package.</summary>
        public IReadOnlyList<string> Files =>
            _archive.Entries
                .Select(entry => entry.FullName)
                .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
                    && !name.StartsWith("package/services/", StringComparison.Ordinal)
                    && name != "[Content_Types].xml"
                    && !name.EndsWith(".nuspec", StringComparison.Ordinal))
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToArray();

        /// <summary>Opens a package file; the test fails, naming the feed's content, when it is not there.</summary>
        public static NuGetPackage Open(string path)
        {
            Assert.True(File.Exists(path), $"{path} was not packed. The feed holds: {string.Join(", ", Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName))}");
            var archive = ZipFile.OpenRead(path);
            var nuspecs = archive.Entries.Where(entry => !entry.FullName.Contains('/', StringComparison.Ordinal) && entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).ToArray();
            var nuspec = Assert.Single(nuspecs);
            using var stream = nuspec.Open();
            var document = XDocument.Load(stream);
            var metadata = document.Root?.Elements().SingleOrDefault(element => element.Name.LocalName == "metadata")
                ?? throw new InvalidDataException($"{path}: the nuspec has no <metadata>.");
            return new NuGetPackage(archive, metadata);
        }

        /// <summary>The text of a metadata element (namespace-agnostic: the nuspec schema version varies), or null.</summary>
        public string? MetadataValue(string name) =>
            Metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;

        /// <summary>The metadata element of that name, or null.</summary>
        public XElement? MetadataElement(string name) =>
            Metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name);

        /// <summary>The &lt;dependency&gt; elements of each &lt;group&gt;, keyed by the group's target framework.</summary>
        public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> DependencyGroups()
        {
            var dependencies = MetadataElement("dependencies");
            if (dependencies is null)
            {
                return new Dictionary<string, IReadOnlyDictionary<string, string>>();
            }

            // NuGet writes either groups or a flat list; a flat list applies to every framework.
            var groups = dependencies.Elements().Where(element => element.Name.LocalName == "group").ToArray();
            if (groups.Length == 0)
            {
                return new Dictionary<string, IReadOnlyDictionary<string, string>> { ["(any)"] = Read(dependencies) };
            }

            return groups.ToDictionary(
                group => (string?)group.Attribute("targetFramework") ?? "(any)",
                group => Read(group),
                StringComparer.Ordinal);

            static IReadOnlyDictionary<string, string> Read(XElement parent) =>
                parent.Elements()
                    .Where(element => element.Name.LocalName == "dependency")
                    .ToDictionary(element => (string)element.Attribute("id")!, element => (string)element.Attribute("version")!, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>A text file of the package.</summary>
        public string ReadText(string entryName)
        {
            var entry = _archive.GetEntry(entryName) ?? throw new FileNotFoundException($"No {entryName} in the package.");
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd();
        }

        /// <summary>The names and versions of the assemblies an assembly of the package references.</summary>
        public IReadOnlyDictionary<string, Version> AssemblyReferences(string entryName) =>
            ReadMetadata(entryName, reader => reader.AssemblyReferences
                .Select(handle => reader.GetAssemblyReference(handle))
                .ToDictionary(reference => reader.GetString(reference.Name), reference => reference.Version, StringComparer.Ordinal));

        /// <summary>The informational version an assembly of the package was stamped with, or null.</summary>
        public string? InformationalVersion(string entryName) =>
            ReadMetadata(entryName, reader =>
            {
                foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
                {
                    var attribute = reader.GetCustomAttribute(handle);
                    if (attribute.Constructor.Kind != HandleKind.MemberReference)
                    {
                        continue;
                    }

                    var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                    if (constructor.Parent.Kind != HandleKind.TypeReference
                        || reader.GetString(reader.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name) != "AssemblyInformationalVersionAttribute")
                    {
                        continue;
                    }

                    // The blob is the prolog (0x0001) followed by one serialized string: the constructor's only argument.
                    var blob = reader.GetBlobReader(attribute.Value);
                    blob.ReadUInt16();
                    return blob.ReadSerializedString();
                }

                return null;
            });

        /// <summary>The first bytes of a file of the package (fewer when it is shorter).</summary>
        public byte[] ReadPrefix(string entryName, int length)
        {
            var entry = _archive.GetEntry(entryName) ?? throw new FileNotFoundException($"No {entryName} in the package.");
            using var stream = entry.Open();
            var buffer = new byte[length];
            var read = stream.ReadAtLeast(buffer, length, throwOnEndOfStream: false);
            return buffer.AsSpan(0, read).ToArray();
        }

        /// <summary>Whether an assembly of the package has an entry point (a <c>Main</c>), as an executable does.</summary>
        public bool HasEntryPoint(string entryName) =>
            ReadAssembly(entryName, pe => pe.PEHeaders.CorHeader!.EntryPointTokenOrRelativeVirtualAddress != 0);

        /// <summary>The full names of the types an assembly of the package defines, public or not.</summary>
        public IReadOnlyList<string> TypeNames(string entryName) =>
            ReadMetadata(entryName, reader => reader.TypeDefinitions
                .Select(handle => reader.GetTypeDefinition(handle))
                .Select(type => reader.GetString(type.Namespace) is { Length: > 0 } space ? space + "." + reader.GetString(type.Name) : reader.GetString(type.Name))
                .ToArray());

        public void Dispose() => _archive.Dispose();

        private T ReadMetadata<T>(string entryName, Func<MetadataReader, T> read) =>
            ReadAssembly(entryName, pe => read(pe.GetMetadataReader()));

        /// <summary>Reads an assembly of the package in memory: zip entry streams cannot seek, which PEReader needs.</summary>
        private T ReadAssembly<T>(string entryName, Func<PEReader, T> read)
        {
            var entry = _archive.GetEntry(entryName) ?? throw new FileNotFoundException($"No {entryName} in the package.");
            using var copy = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(copy);
            }

            copy.Position = 0;
            using var pe = new PEReader(copy);
            return read(pe);
        }
    }
}
