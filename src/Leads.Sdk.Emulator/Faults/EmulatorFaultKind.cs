namespace Leads.Sdk.Emulator.Faults;

/// <summary>The kinds of <see cref="EmulatorFault"/>.</summary>
public enum EmulatorFaultKind
{
    /// <summary>A fixed answer instead of the route's.</summary>
    Status,

    /// <summary>A wait before the route runs.</summary>
    Delay,

    /// <summary>The connection closes before the request body is read.</summary>
    DropBeforeBody,

    /// <summary>The route runs, then the connection resets.</summary>
    DropAfterProcessing,

    /// <summary>The route runs, then half of its body is sent.</summary>
    Truncated,

    /// <summary>The route runs, then its body drips slowly.</summary>
    SlowBody,

    /// <summary>The request is echoed back in an error body (<see cref="EmulatorFault.EchoRequest"/>).</summary>
    EchoRequest,

    /// <summary>The route runs, then a credential goes into a field of its answer (<see cref="EmulatorFault.CredentialInField"/>).</summary>
    CredentialInField,

    /// <summary>The route runs, then its body gets a byte that is not UTF-8 (<see cref="EmulatorFault.InvalidUtf8"/>).</summary>
    InvalidUtf8,

    /// <summary>The whole request is read, then the connection is closed without an answer (the route does not run).</summary>
    CloseAfterRequest,
}
