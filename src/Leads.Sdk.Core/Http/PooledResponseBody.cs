using System.Buffers;

namespace Leads.Sdk.Http;

/// <summary>
/// A response body read into a rented buffer, so parsing it costs no body-sized allocation
/// (<see cref="HttpContent.ReadAsByteArrayAsync()"/> buffers the body and then copies it once more). Read it in a
/// <c>using</c>: disposing clears the buffer and gives it back.
/// </summary>
internal sealed class PooledResponseBody : IDisposable
{
    private const int InitialSize = 4096;

    private byte[]? _buffer;
    private readonly int _length;

    private PooledResponseBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The body's bytes; valid until disposed.</summary>
    public ReadOnlyMemory<byte> Memory => (_buffer ?? throw new ObjectDisposedException(nameof(PooledResponseBody))).AsMemory(0, _length);

    /// <inheritdoc cref="Memory"/>
    public ReadOnlySpan<byte> Span => Memory.Span;

    /// <summary>
    /// Reads <paramref name="response"/>'s body to its end. Without the DI pipeline (which buffers bodies) the connection
    /// can break while the body arrives: that is a transport failure.
    /// </summary>
    public static async ValueTask<PooledResponseBody> ReadAsync(LeadsApiDescriptor api, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var (buffer, length) = await ReadToEndAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return new PooledResponseBody(buffer, length);
        }
        catch (Exception exception) when (LeadsTransportErrors.IsTransportFailure(exception, cancellationToken))
        {
            throw LeadsTransportErrors.Map(api, response.RequestMessage, exception);
        }
    }

    /// <summary>Clears the buffer and gives it back; the body can no longer be read.</summary>
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            Return(buffer, _length);
        }
    }

    private static void Return(byte[] buffer, int length)
    {
        buffer.AsSpan(0, length).Clear();
        ArrayPool<byte>.Shared.Return(buffer);
    }

    private static async ValueTask<(byte[] Buffer, int Length)> ReadToEndAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
            var length = 0;
            try
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        Return(buffer, length);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return (buffer, length);
                    }

                    length += read;
                }
            }
            catch
            {
                Return(buffer, length);
                throw;
            }
        }
    }
}
