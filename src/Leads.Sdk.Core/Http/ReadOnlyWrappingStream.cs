namespace Leads.Sdk.Http;

/// <summary>
/// A forward-only, read-only view of an inner stream that lets the derived class see every chunk of bytes as it is
/// read. The body wrappers differ only in what they do with those bytes; the routing of every read overload to the
/// inner stream and the refusal of seeking and writing are kept here once.
/// </summary>
internal abstract class ReadOnlyWrappingStream(Stream inner) : Stream
{
    /// <summary>The wrapped stream every read is forwarded to.</summary>
    protected Stream Inner => inner;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        OnRead(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        OnRead(buffer.Span[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Sees the bytes of one read, before they are returned to the caller; empty when the body has ended.</summary>
    protected abstract void OnRead(ReadOnlySpan<byte> bytes);
}
