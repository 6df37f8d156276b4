using YamlDotNet.RepresentationModel;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// A node of a seed description with where it sits: <see cref="Key"/> is set for mapping values, and
/// <see cref="Path"/> (e.g. <c>paths./things.get.parameters[0]</c>) names it in failure messages.
/// </summary>
internal sealed record NodeSite(YamlNode Node, YamlNode? Parent, YamlScalarNode? Key, string Path, int Depth);
