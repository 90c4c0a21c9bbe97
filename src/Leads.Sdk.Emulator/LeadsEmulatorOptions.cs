namespace Leads.Sdk.Emulator;

/// <summary>How the emulator starts.</summary>
public sealed class LeadsEmulatorOptions
{
    /// <summary>The loopback port to listen on; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Settings of the Aimbase Lead API fake.</summary>
    public Aimbase.AimbaseEmulatorOptions Aimbase { get; set; } = new();

    /// <summary>Settings of the Aimbase OData fake.</summary>
    public AimbaseOData.AimbaseODataEmulatorOptions AimbaseOData { get; set; } = new();

    /// <summary>Settings of the LeadExec Lead Receiver fake.</summary>
    public LeadExec.LeadExecEmulatorOptions LeadExec { get; set; } = new();

    /// <summary>Settings of the CRM.COM fake.</summary>
    public CrmApi.CrmApiEmulatorOptions CrmApi { get; set; } = new();

    /// <summary>
    /// Serves the control endpoint under the reserved path <c>/_emulator/</c>, for tests that drive an emulator running
    /// in another process: <c>GET /_emulator/requests</c> (the request log as JSON, without headers) and
    /// <c>POST /_emulator/faults</c> (fault windows). Off by default; its requests are never logged or faulted.
    /// </summary>
    public bool EnableControlEndpoint { get; set; }

    /// <summary>The clock the fakes use (token expiry, ping orders, queue delays); the system clock by default.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
