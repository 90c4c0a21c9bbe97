using Microsoft.AspNetCore.Builder;

namespace Leads.Sdk.Emulator.Aimbase;

/// <summary>The Aimbase fake's routes.</summary>
internal static class AimbaseRoutes
{
    public static void Map(WebApplication app, LeadsEmulator emulator)
    {
        // Routes are added by the Aimbase slice.
    }
}
