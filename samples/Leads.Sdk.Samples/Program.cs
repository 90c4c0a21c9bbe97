// Runs each API's scenario (see SampleRunner): against the in-process emulator, or against the server configured for
// that API (appsettings.json, environment variables like Leads__Aimbase__BaseAddress, user secrets, command line).
using Leads.Sdk.Samples;

return await SampleRunner.RunAsync(args, Console.Out);
