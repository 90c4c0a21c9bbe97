namespace Leads.Sdk.IntegrationTests.Reliability;

/// <summary>The fault matrix rows of the LeadExec client (docs/reliability.md).</summary>
public sealed class LeadExecFaultMatrixTests(SharedEmulatorFixture fixture) : IClassFixture<SharedEmulatorFixture>
{
    public static TheoryData<string, ReliabilityFault> Cells => FaultMatrixData.For(ReliabilityOperations.LeadExecInsertJson, ReliabilityOperations.LeadExecInsertXml);

    [Theory]
    [MemberData(nameof(Cells))]
    public Task InsertAsync_UnderFault_EndsInTheDocumentedOutcomeAndNeverResendsAPostThatMayHaveArrived(string operation, ReliabilityFault fault)
        => FaultMatrix.AssertOutcomeAsync(fixture.Emulator, FaultMatrixData.Operation(operation), fault);
}
