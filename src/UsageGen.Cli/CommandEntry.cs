namespace UsageGen.Cli
{
    /// <summary>
    /// A command of <c>ldusage</c> and the operation it runs, named by the operation's path. Several entries with the
    /// same words are one command whose operation a flag chooses (<c>streams --by-sdk-version</c>).
    /// </summary>
    /// <param name="Words">The command's words after <c>ldusage</c>, e.g. <c>mau total</c>.</param>
    /// <param name="Path">The operation's path as the generated client's URL template has it.</param>
    /// <param name="Description">The help text.</param>
    /// <param name="Flag">The option that selects this operation, or null for the command's default operation.</param>
    internal sealed record CommandEntry(string Words, string Path, string Description, string? Flag = null);
}
