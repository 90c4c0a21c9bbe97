using Microsoft.AspNetCore.Builder;

namespace Leads.Sdk.Emulator.CrmApi;

/// <summary>The CrmApi fake's routes.</summary>
internal static class CrmApiRoutes
{
    public static void Map(WebApplication app, LeadsEmulator emulator)
    {
        // Routes are added by the CrmApi slice.
    }
}
