using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Constructs.Models;
using Microsoft.Kiota.Serialization.Json;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// A webhook's payload (constructs.yaml's <c>petAdopted</c>), which the API sends and a receiver parses: the generated
    /// model reads the JSON with Kiota's own parse node and writes it back.
    /// </summary>
    public sealed class WebhookPayloadTests
    {
        private const string Payload = """{"petId":7,"adoptedAt":"2026-11-30T10:15:00+00:00","pet":{"name":"Rex"}}""";

        [Fact]
        public async Task A_receiver_parses_the_payload_with_the_generated_model_and_writes_it_back()
        {
            using var body = new MemoryStream(Encoding.UTF8.GetBytes(Payload));
            var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", body);

            var payload = node.GetObjectValue(PetAdoptedPostRequestBody.CreateFromDiscriminatorValue);

            Assert.Equal(7L, payload!.PetId);
            Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 15, 0, TimeSpan.Zero), payload.AdoptedAt);
            Assert.Equal("Rex", payload.Pet!.Name);

            using var writer = new JsonSerializationWriter();
            writer.WriteObjectValue(null, payload);
            using var written = new StreamReader(writer.GetSerializedContent());
            Assert.Contains("\"petId\":7", await written.ReadToEndAsync(), StringComparison.Ordinal);
        }
    }
}
