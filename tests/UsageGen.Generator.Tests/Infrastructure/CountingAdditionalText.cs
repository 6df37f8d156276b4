using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace UsageGen.Generator.Tests.Infrastructure;

/// <summary>An AdditionalFiles item that counts how often its text is read.</summary>
internal sealed class CountingAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);
    private int _reads;

    public int Reads => _reads;

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return _text;
    }
}
