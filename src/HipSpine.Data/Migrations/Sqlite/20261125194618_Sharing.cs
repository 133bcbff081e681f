using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HipSpine.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Sharing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExaminedBy",
                table: "SavedAssessments",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RootId",
                table: "SavedAssessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlanAdjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicianId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Added = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Dropped = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanAdjustments_SavedAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "SavedAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShareGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<string>(type: "TEXT", nullable: false),
                    ClinicianId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ClinicianEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RedeemedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShareGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShareGrants_AspNetUsers_PatientId",
                        column: x => x.PatientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SavedAssessments_RootId",
                table: "SavedAssessments",
                column: "RootId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanAdjustments_AssessmentId_CreatedUtc",
                table: "PlanAdjustments",
                columns: new[] { "AssessmentId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ShareGrants_ClinicianId",
                table: "ShareGrants",
                column: "ClinicianId");

            migrationBuilder.CreateIndex(
                name: "IX_ShareGrants_CodeHash",
                table: "ShareGrants",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShareGrants_PatientId",
                table: "ShareGrants",
                column: "PatientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanAdjustments");

            migrationBuilder.DropTable(
                name: "ShareGrants");

            migrationBuilder.DropIndex(
                name: "IX_SavedAssessments_RootId",
                table: "SavedAssessments");

            migrationBuilder.DropColumn(
                name: "ExaminedBy",
                table: "SavedAssessments");

            migrationBuilder.DropColumn(
                name: "RootId",
                table: "SavedAssessments");
        }
    }
}
