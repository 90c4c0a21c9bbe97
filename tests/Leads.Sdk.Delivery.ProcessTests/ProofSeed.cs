using System.Globalization;

namespace Leads.Sdk.Delivery.ProcessTests;

/// <summary>
/// The seed of a proof's random kill schedule: <c>LEADS_PROOF_SEED</c> when set (to replay a failed run), otherwise a
/// new one. It goes to the test output and into every failure message.
/// </summary>
internal static class ProofSeed
{
    public static int Next()
    {
        var configured = Environment.GetEnvironmentVariable("LEADS_PROOF_SEED");
        var seed = configured is null ? Random.Shared.Next() : int.Parse(configured, CultureInfo.InvariantCulture);
        TestContext.Current.TestOutputHelper?.WriteLine($"kill schedule seed {seed} (replay with LEADS_PROOF_SEED={seed})");
        return seed;
    }
}
