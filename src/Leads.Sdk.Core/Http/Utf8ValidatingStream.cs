using System.Buffers;
using System.Text;

namespace Leads.Sdk.Http;

/// <summary>
/// Reads a body forward and throws <see cref="DecoderFallbackException"/> as soon as its bytes stop being UTF-8
/// (a sequence cut by a read is completed by the next one). A JSON reader does not check the bytes of values it
/// does not decode, and decoders replace bad bytes with U+FFFD: a body with invalid UTF-8 would otherwise be read as
/// valid with some text silently changed.
/// </summary>
internal sealed class Utf8ValidatingStream(Stream inner) : ReadOnlyWrappingStream(inner)
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private bool _ended;

    protected override void OnRead(ReadOnlySpan<byte> bytes)
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
