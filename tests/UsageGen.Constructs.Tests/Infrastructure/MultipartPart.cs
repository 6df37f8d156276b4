namespace UsageGen.Constructs.Tests.Infrastructure
{
    /// <summary>One part of a multipart/form-data body as the server read it.</summary>
    /// <param name="Name">The <c>name</c> of its Content-Disposition.</param>
    /// <param name="FileName">The <c>filename</c> of its Content-Disposition; null when absent.</param>
    /// <param name="ContentType">Its Content-Type header; null when absent.</param>
    /// <param name="Body">Its content bytes.</param>
    public sealed record MultipartPart(string Name, string? FileName, string? ContentType, byte[] Body);
}
