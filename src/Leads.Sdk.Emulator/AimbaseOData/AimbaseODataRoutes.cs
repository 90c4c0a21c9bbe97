using Microsoft.AspNetCore.Builder;

namespace Leads.Sdk.Emulator.AimbaseOData;

/// <summary>The AimbaseOData fake's routes.</summary>
internal static class AimbaseODataRoutes
{
    public static void Map(WebApplication app, LeadsEmulator emulator)
    {
        // Routes are added by the AimbaseOData slice.
    }
}
