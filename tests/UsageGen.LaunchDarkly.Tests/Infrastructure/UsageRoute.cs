namespace UsageGen.LaunchDarkly.Tests.Infrastructure
{
    /// <summary>One GET route of the spec as the fake server maps it.</summary>
    public sealed record UsageRoute(string Template, ResponseKind Kind);
}
