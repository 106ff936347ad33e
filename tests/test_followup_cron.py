import threading
import time
from datetime import timedelta

import psycopg2

import odoo
from odoo import fields
from odoo.tests import BaseCase, get_db_name, tagged

COUNT = 60


@tagged("post_install", "-at_install")
class TestFollowupCron(BaseCase):
    """The follow-up cron on committed data, as in production (cases 30, 32, 33):
    each run commits its batches; runs are stopped, crash or overlap."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.registry = odoo.modules.registry.Registry(get_db_name())

    def setUp(self):
        super().setUp()
        with self.registry.cursor() as cr:
            env = self._env(cr)
            self.owner_id = (
                env["res.users"]
                .create(
                    {
                        "name": "Cron Owner",
                        "login": f"mtap_cron_owner_{time.time_ns()}",
                        "group_ids": [(4, env.ref("mtap_hub.group_mtap_user").id)],
                    }
                )
                .id
            )
            contacts = (
                env["res.partner"]
                .with_context(tracking_disable=True)
                .create(
                    [
                        {
                            "name": f"Cron Contact {i}",
                            "mtap_is_contact": True,
                            "mtap_owner_id": self.owner_id,
                        }
                        for i in range(COUNT)
                    ]
                )
            )
            # all due since yesterday
            contacts.mtap_followup_date = fields.Date.today() - timedelta(days=1)
            self.ids = contacts.ids
        self.addCleanup(self._cleanup)

    def _env(self, cr):
        return odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})

    def _cleanup(self):
        with self.registry.cursor() as cr:
            cr.execute("DROP TRIGGER IF EXISTS mtap_test_fail ON mail_activity")
            cr.execute("DROP FUNCTION IF EXISTS mtap_test_fail()")
            env = self._env(cr)
            partners = (
                env["res.partner"].with_context(active_test=False).browse(self.ids)
            )
            env["mail.activity"].search(
                [("res_model", "=", "res.partner"), ("res_id", "in", self.ids)]
            ).unlink()
            partners.unlink()
            user = env["res.users"].browse(self.owner_id)
            partner = user.partner_id
            user.unlink()
            partner.unlink()

    def _activities_per_contact(self):
        with self.registry.cursor() as cr:
            cr.execute(
                """SELECT res_id, count(*) FROM mail_activity
                    WHERE res_model = 'res.partner' AND res_id = ANY(%s)
                 GROUP BY res_id""",
                [self.ids],
            )
            return dict(cr.fetchall())

    def _run(self, batch_size=7):
        with self.registry.cursor() as cr:
            return self._env(cr)["res.partner"]._mtap_followup_run(batch_size)

    def test_case_30_stopped_mid_batch_then_run_again(self):
        """A run that dies in the middle of a batch (here PostgreSQL refuses the
        activity of the 20th contact) keeps the batches committed before and
        nothing of that batch; the next run completes without a second activity."""
        victim = self.ids[19]
        with self.registry.cursor() as cr:
            cr.execute(
                f"""
                CREATE FUNCTION mtap_test_fail() RETURNS trigger AS $$
                BEGIN
                    IF NEW.res_model = 'res.partner' AND NEW.res_id = {victim} THEN
                        RAISE EXCEPTION 'mtap test: the run dies here';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql;
                CREATE TRIGGER mtap_test_fail BEFORE INSERT ON mail_activity
                FOR EACH ROW EXECUTE FUNCTION mtap_test_fail();
                """
            )
        with self.assertRaises(psycopg2.Error):
            self._run(batch_size=7)
        done = self._activities_per_contact()
        # batches 1-2 (14 contacts) committed, batch 3 (15-21) rolled back whole
        self.assertEqual(sorted(done), self.ids[:14])
        with self.registry.cursor() as cr:
            cr.execute("DROP TRIGGER mtap_test_fail ON mail_activity")
        self.assertTrue(self._run(batch_size=7))
        self.assertEqual(self._activities_per_contact(), dict.fromkeys(self.ids, 1))
        self.assertTrue(self._run(batch_size=7), "a third run has nothing to do")
        self.assertEqual(self._activities_per_contact(), dict.fromkeys(self.ids, 1))

    def test_case_32_two_runs_at_once(self):
        """Two runs started together share the work: no contact gets two
        activities, none is forgotten."""
        barrier = threading.Barrier(2)
        errors = []

        def run():
            try:
                barrier.wait(timeout=30)
                self._run(batch_size=3)
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=run) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        self.assertEqual(errors, [])
        self.assertEqual(self._activities_per_contact(), dict.fromkeys(self.ids, 1))

    def test_case_33_backlog_carries_over(self):
        """More due than one run's time allows: the run stops after a batch, tells
        the cron how much remains, and the next run does the rest."""
        with self.registry.cursor() as cr:
            env = self._env(cr)
            cron = env.ref("mtap_hub.ir_cron_mtap_followup")
            progress_id = env["ir.cron.progress"].create({"cron_id": cron.id}).id
            cron_id = cron.id
        with self.registry.cursor() as cr:
            env = self._env(cr)(
                context={
                    "cron_id": cron_id,
                    "ir_cron_progress_id": progress_id,
                    # the run's time is up as soon as the first batch is done
                    "cron_end_time": time.monotonic(),
                }
            )
            env["crm.lead"]._cron_mtap_followup(batch_size=25)
        self.assertEqual(len(self._activities_per_contact()), 25)
        with self.registry.cursor() as cr:
            progress = self._env(cr)["ir.cron.progress"].browse(progress_id)
            self.assertEqual((progress.done, progress.remaining), (25, COUNT - 25))
            progress.unlink()
        self.assertTrue(self._run(batch_size=25))
        self.assertEqual(self._activities_per_contact(), dict.fromkeys(self.ids, 1))
