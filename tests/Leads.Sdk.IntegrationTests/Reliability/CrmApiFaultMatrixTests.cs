namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>The fault matrix rows of the CrmApi client (docs/reliability.md).</summary>
public sealed class CrmApiFaultMatrixTests(SharedEmulatorFixture fixture) : IClassFixture<SharedEmulatorFixture>
{
    public static TheoryData<string, ReliabilityFault> Cells => FaultMatrixData.For(ReliabilityOperations.CrmCreate);

    [Theory]
    [MemberData(nameof(Cells))]
    public Task CreateLeadAsync_UnderFault_EndsInTheDocumentedOutcomeAndNeverResendsAPostThatMayHaveArrived(string operation, ReliabilityFault fault)
        => FaultMatrix.AssertOutcomeAsync(fixture.Emulator, FaultMatrixData.Operation(operation), fault);
}
