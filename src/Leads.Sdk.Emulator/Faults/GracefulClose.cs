using System.Net.Sockets;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace Leads.Sdk.Emulator.Faults;

/// <summary>Closes a request's connection with a FIN (a graceful close), not the reset <see cref="HttpContext.Abort"/> can send.</summary>
internal static class GracefulClose
{
    public static void Close(HttpContext context)
    {
        try
        {
            // The request was read whole, so nothing is left unread that would turn the close into a reset.
            context.Features.Get<IConnectionSocketFeature>()?.Socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already closed by the client.
        }

        context.Abort();
    }
}
