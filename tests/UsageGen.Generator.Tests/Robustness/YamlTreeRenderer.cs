using System.Collections.Generic;
using System.Globalization;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// Writes a YamlDotNet node tree as YAML through the emitter's event API, applying a <see cref="TreeEdit"/>
/// on the way. Events rather than <c>YamlStream.Save</c>, so that duplicate keys and non-scalar keys can be
/// written, anchors and aliases placed anywhere (<see cref="YamlNodes.Alias"/>), and the seed tree is never modified.
/// </summary>
internal static class YamlTreeRenderer
{
    public static string Render(YamlNode root, TreeEdit edit)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(writer);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Write(emitter, edit.Replaced.TryGetValue(root, out var replacement) ? replacement : root, edit);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Write(IEmitter emitter, YamlNode node, TreeEdit edit)
    {
        switch (node)
        {
            case YamlScalarNode { Tag: var tag } alias when tag == YamlNodes.AliasTag:
                emitter.Emit(new AnchorAlias(new AnchorName(alias.Value!)));
                break;
            case YamlScalarNode scalar:
                emitter.Emit(new Scalar(scalar.Anchor, scalar.Tag, scalar.Value ?? string.Empty, scalar.Style, scalar.Tag.IsEmpty, scalar.Tag.IsEmpty));
                break;
            case YamlSequenceNode sequence:
                emitter.Emit(new SequenceStart(sequence.Anchor, sequence.Tag, sequence.Tag.IsEmpty, sequence.Style));
                foreach (var item in sequence.Children)
                {
                    if (!edit.Removed.Contains(item))
                    {
                        Write(emitter, edit.Replaced.TryGetValue(item, out var replacement) ? replacement : item, edit);
                    }
                }

                emitter.Emit(new SequenceEnd());
                break;
            case YamlMappingNode mapping:
                emitter.Emit(new MappingStart(mapping.Anchor, mapping.Tag, mapping.Tag.IsEmpty, mapping.Style));
                foreach (var entry in mapping.Children)
                {
                    if (edit.Removed.Contains(entry.Value))
                    {
                        continue;
                    }

                    Write(emitter, edit.RenamedKeys.TryGetValue(entry.Value, out var key) ? key : entry.Key, edit);
                    Write(emitter, edit.Replaced.TryGetValue(entry.Value, out var replacement) ? replacement : entry.Value, edit);
                }

                if (edit.Appended.TryGetValue(mapping, out var appended))
                {
                    foreach (var entry in appended)
                    {
                        Write(emitter, entry.Key, edit);
                        Write(emitter, entry.Value, edit);
                    }
                }

                emitter.Emit(new MappingEnd());
                break;
        }
    }
}
