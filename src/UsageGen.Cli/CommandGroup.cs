namespace UsageGen.Cli
{
    /// <summary>A command that only groups others, such as <c>mau</c>.</summary>
    /// <param name="Name">The group's word.</param>
    /// <param name="Description">The help text.</param>
    internal sealed record CommandGroup(string Name, string Description);
}
