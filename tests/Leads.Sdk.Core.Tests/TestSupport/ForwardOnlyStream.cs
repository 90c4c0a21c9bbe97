namespace Leads.Sdk.Core.Tests.TestSupport;

/// <summary>A network-like body: read once, forward only, optionally breaking off after some bytes.</summary>
public sealed class ForwardOnlyStream(byte[] content, int? failAfter = null) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (failAfter is { } limit && _position >= limit)
        {
            throw new IOException("The response ended prematurely.");
        }

        var end = failAfter is { } stop ? Math.Min(content.Length, stop) : content.Length;
        var read = Math.Min(Math.Min(count, end - _position), 1000);
        Array.Copy(content, _position, buffer, offset, read);
        _position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
