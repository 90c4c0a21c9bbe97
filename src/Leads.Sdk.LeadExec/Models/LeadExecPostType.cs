namespace Leads.Sdk.LeadExec.Models;

/// <summary>The kind of insert; each is its own documented path segment under <c>/processor/insert/</c>.</summary>
public enum LeadExecPostType
{
    /// <summary><c>general</c>: creates a lead (doc: Create General Lead).</summary>
    General,

    /// <summary><c>manualredirect</c>: creates a lead and returns a redirect URL (doc: Create Redirect Lead).</summary>
    ManualRedirect,

    /// <summary><c>autoredirect</c>: creates a lead and forwards the request to a URL (doc: Create Redirect Lead).</summary>
    AutoRedirect,

    /// <summary><c>returnsends</c>: creates a lead and returns who it was sent to and at what price (needs approval).</summary>
    ReturnSends,

    /// <summary><c>transfer</c>: creates a lead and returns the agents the call should be transferred to (needs approval).</summary>
    Transfer,

    /// <summary><c>calldata</c>: creates a lead with call details (IVR number, duration, result, date).</summary>
    CallData,
}
