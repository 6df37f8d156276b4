using System;
using System.IO;

namespace UsageGen.Testing.Kiota;

/// <summary>
/// A stream that cannot seek or tell its length and returns at most <see cref="ChunkSize"/> bytes a read, as a
/// response body read off the network does.
/// </summary>
public sealed class ForwardOnlyStream(byte[] content) : Stream
{
    /// <summary>The most bytes one read returns.</summary>
    public const int ChunkSize = 4096;

    private int _position;

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = Math.Min(Math.Min(count, ChunkSize), content.Length - _position);
        Array.Copy(content, _position, buffer, offset, read);
        _position += read;
        return read;
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
