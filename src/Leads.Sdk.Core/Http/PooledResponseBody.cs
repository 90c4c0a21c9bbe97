using System.Buffers;

namespace Leads.Sdk.Http;

/// <summary>
/// Reads a response body into a rented buffer, so parsing it costs no body-sized allocation
/// (<see cref="HttpContent.ReadAsByteArrayAsync()"/> buffers the body and then copies it once more).
/// Shared by the clients that parse small bodies from bytes (Aimbase, LeadExec).
/// </summary>
internal static class PooledResponseBody
{
    private const int InitialSize = 4096;

    /// <summary>
    /// Reads <paramref name="response"/>'s body to its end; give the buffer back with <see cref="Return"/>. Without the
    /// DI pipeline (which buffers bodies) the connection can break while the body arrives: that is a transport failure.
    /// </summary>
    public static async ValueTask<(byte[] Buffer, int Length)> ReadAsync(LeadsApiDescriptor api, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadToEndAsync(response.Content, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (LeadsTransportErrors.IsTransportFailure(exception, cancellationToken))
        {
            throw LeadsTransportErrors.Map(api, response.RequestMessage, exception);
        }
    }

    /// <summary>Clears the used part of a buffer from <see cref="ReadAsync"/> and gives it back.</summary>
    public static void Return(byte[] buffer, int length)
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
