using System.Buffers;

namespace Leads.Sdk.Http;

/// <summary>
/// Reads an unbuffered body forward while keeping its first bytes, so a body that fails to parse still has its
/// excerpt without the whole body being held in memory. The kept prefix (32 KB, pooled) is at least 8,192 characters,
/// twice the longest excerpt, so masking a secret that starts inside the excerpt never sees it cut off.
/// </summary>
internal sealed class ExcerptRecordingStream(Stream inner) : ReadOnlyWrappingStream(inner)
{
    private const int PrefixCapacity = 32 * 1024;
    private byte[]? _prefix = ArrayPool<byte>.Shared.Rent(PrefixCapacity);
    private int _prefixLength;

    /// <summary>The first bytes read so far (up to 32 KB).</summary>
    public ReadOnlySpan<byte> Prefix => _prefix.AsSpan(0, _prefixLength);

    /// <summary>Reads until the prefix is full or the body ends (for an excerpt of a body that is not parsed).</summary>
    public async Task FillPrefixAsync(CancellationToken cancellationToken)
    {
        var chunk = new byte[4096];
        while (_prefixLength < PrefixCapacity && await ReadAsync(chunk, cancellationToken).ConfigureAwait(false) > 0)
        {
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _prefix is { } prefix)
        {
            _prefix = null;
            _prefixLength = 0;
            ArrayPool<byte>.Shared.Return(prefix);
            Inner.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override void OnRead(ReadOnlySpan<byte> read)
    {
        if (_prefix is null)
        {
            return;
        }

        var take = Math.Min(read.Length, PrefixCapacity - _prefixLength);
        read[..take].CopyTo(_prefix.AsSpan(_prefixLength));
        _prefixLength += take;
    }
}
