using System.Runtime.CompilerServices;

namespace Leads.Sdk.Emulator.CrmApi;

/// <summary>Reaches the CRM.COM fake of a running emulator.</summary>
public static class LeadsEmulatorCrmApiExtensions
{
    private static readonly ConditionalWeakTable<LeadsEmulator, CrmApiEmulator> States = [];

    /// <summary>The CRM.COM fake's state (tokens, created leads) and its knobs.</summary>
    /// <param name="emulator">The emulator.</param>
    public static CrmApiEmulator CrmApi(this LeadsEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return States.GetValue(emulator, e => new CrmApiEmulator(e.Options.CrmApi, e.TimeProvider));
    }
}
