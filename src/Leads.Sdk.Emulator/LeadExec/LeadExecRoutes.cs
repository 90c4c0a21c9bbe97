using Microsoft.AspNetCore.Builder;

namespace Leads.Sdk.Emulator.LeadExec;

/// <summary>The LeadExec fake's routes.</summary>
internal static class LeadExecRoutes
{
    public static void Map(WebApplication app, LeadsEmulator emulator)
    {
        // Routes are added by the LeadExec slice.
    }
}
