
namespace UsageGen.Generator.Bind
{
    /// <summary>How a request body is serialized.</summary>
    internal enum BodyKind
    {
        Json,
        Text,
        Form,
        Multipart,
        Binary,
    }
}
