using System.Buffers;
using System.Text;

namespace Leads.Sdk.Http;

/// <summary>
/// Reads a body forward and throws <see cref="DecoderFallbackException"/> as soon as its bytes stop being UTF-8
/// (a sequence cut by a read is completed by the next one). A JSON reader does not check the bytes of values it
/// does not decode, and decoders replace bad bytes with U+FFFD: a body with invalid UTF-8 would otherwise be read as
/// valid with some text silently changed.
/// </summary>
internal sealed class Utf8ValidatingStream(Stream inner) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private bool _ended;

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
        Check(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Check(buffer.Span[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Check(ReadOnlySpan<byte> bytes)
    {
        if (_ended)
        {
            return;
        }

        // The end of the body (a read of 0 bytes) flushes the decoder, so a sequence cut at the very end is refused too.
        var flush = bytes.IsEmpty;
        _ended = flush;
        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            // Converted in chunks of the rented buffer; the characters themselves are not needed.
            do
            {
                _decoder.Convert(bytes, chars, flush, out var used, out _, out _);
                bytes = bytes[used..];
            }
            while (!bytes.IsEmpty);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
