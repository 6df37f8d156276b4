namespace UsageGen.Generator.Tests.Robustness;

/// <summary>
/// What one case came to. <see cref="Problem"/> is null when the generator coped: it reported a UGEN error,
/// or its output compiles. <see cref="Outcome"/> says which, for the summary of a group.
/// </summary>
internal sealed record FuzzVerdict(FuzzCase Case, string Outcome, string? Problem)
{
    public bool Passed => Problem is null;

    public override string ToString() => Passed ? $"{Case}: {Outcome}" : $"{Case}: {Problem}";
}
