using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ConstructsClient = Constructs.ConstructsClient.ConstructsClient;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using UsageGen.Constructs.Tests.Infrastructure;
using UsageGen.Testing.Http;
using Xunit;

namespace UsageGen.Constructs.Tests
{
    /// <summary>
    /// /pets/{petId}/photo through the generated client over real HTTP: a binary response as a Stream, a binary
    /// request body, and a multipart/form-data body answered with untyped JSON.
    /// </summary>
    public sealed class PetPhotoTests : IClassFixture<ConstructsServer>
    {
        // A PNG signature plus a byte that is not valid UTF-8, so any text decoding on the way would show.
        private static readonly byte[] Png = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0x00 };

        private readonly ConstructsServer _server;

        public PetPhotoTests(ConstructsServer server)
        {
            _server = server;
            _server.Reset();
        }

        [Fact]
        public async Task Get_returns_the_png_bytes_as_a_stream()
        {
            _server.Enqueue(ScriptedResponse.Binary(200, "image/png", Png));
            using var adapter = _server.CreateAdapter();

            var photo = await new ConstructsClient(adapter).Pets[7].Photo.GetAsync();

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("GET", sent.Method);
            Assert.Equal("/pets/7/photo", sent.RawPath);
            Assert.Equal(new[] { "image/png" }, sent.HeaderValues("Accept"));
            Assert.NotNull(photo);
            using var received = new MemoryStream();
            await photo.CopyToAsync(received);
            await photo.DisposeAsync();
            Assert.Equal(Png, received.ToArray());
        }

        [Fact]
        public async Task Put_sends_the_stream_as_octet_stream_and_completes_on_202()
        {
            _server.Enqueue(ScriptedResponse.Empty(202));
            using var adapter = _server.CreateAdapter();

            await new ConstructsClient(adapter).Pets[7].Photo.PutAsync(new MemoryStream(Png));

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("PUT", sent.Method);
            Assert.Equal("/pets/7/photo", sent.RawPath);
            Assert.Equal("application/octet-stream", sent.ContentType);
            Assert.Equal(Png, sent.Body);
        }

        [Fact]
        public async Task Post_sends_a_multipart_form_with_the_file_and_the_caption_and_parses_the_untyped_answer()
        {
            _server.Enqueue(ScriptedResponse.Json(200, """{ "stored": true, "bytes": 10 }"""));
            using var adapter = _server.CreateAdapter();
            var body = new MultipartBody();
            body.AddOrReplacePart("file", "image/png", new MemoryStream(Png), "tom.png");
            body.AddOrReplacePart("caption", "text/plain", "Tom, asleep");

            var answer = await new ConstructsClient(adapter).Pets[7].Photo.PostAsync(body);

            var sent = Assert.Single(_server.Requests);
            Assert.Equal("POST", sent.Method);
            Assert.Equal("/pets/7/photo", sent.RawPath);
            Assert.StartsWith("multipart/form-data; boundary=", sent.ContentType);
            // Read back with ASP.NET Core's multipart parser, as a real server would.
            var parts = await MultipartForm.ReadAsync(sent);
            Assert.Equal(new[] { "file", "caption" }, parts.Select(part => part.Name).ToArray());
            Assert.Equal("tom.png", parts[0].FileName);
            Assert.Equal("image/png", parts[0].ContentType);
            Assert.Equal(Png, parts[0].Body);
            Assert.Null(parts[1].FileName);
            Assert.Equal("text/plain", parts[1].ContentType);
            Assert.Equal("Tom, asleep", Encoding.UTF8.GetString(parts[1].Body));

            var members = Assert.IsType<UntypedObject>(answer).GetValue();
            Assert.Equal(new[] { "stored", "bytes" }, members.Keys.ToArray());
            Assert.True(Assert.IsType<UntypedBoolean>(members["stored"]).GetValue());
            Assert.Equal(10, Assert.IsType<UntypedInteger>(members["bytes"]).GetValue());
        }
    }
}
