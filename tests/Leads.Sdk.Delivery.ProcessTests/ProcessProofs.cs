namespace Leads.Sdk.Delivery.ProcessTests;

/// <summary>
/// The proofs run one after another: each keeps a worker and the emulator busy, and on two cores two of them at once
/// would only slow each other down.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessProofs
{
    public const string Name = "Delivery process proofs";
}
