"""initial register schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 05:32:13.541165
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('project',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('owner', sa.String(length=300), nullable=False),
    sa.Column('case_number', sa.String(length=100), nullable=False),
    sa.Column('call', sa.String(length=300), nullable=False),
    sa.Column('funder', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('start_quarter', sa.String(length=7), nullable=False),
    sa.Column('end_quarter', sa.String(length=7), nullable=False),
    sa.Column('reporting_period', sa.String(length=20), nullable=False),
    sa.Column('project_leader', sa.String(length=200), nullable=False),
    sa.Column('project_leader_role', sa.String(length=300), nullable=False),
    sa.Column('contact_name', sa.String(length=200), nullable=False),
    sa.Column('green_threshold', sa.Float(), nullable=False),
    sa.Column('yellow_threshold', sa.Float(), nullable=False),
    sa.Column('example_data', sa.Boolean(), nullable=False),
    sa.Column('example_note', sa.Text(), nullable=False),
    sa.Column('source_note', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project')),
    sa.UniqueConstraint('code', name=op.f('uq_project_code'))
    )
    op.create_table('focus_area',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_focus_area_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_focus_area')),
    sa.UniqueConstraint('project_id', 'number', name=op.f('uq_focus_area_project_id'))
    )
    with op.batch_alter_table('focus_area', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_focus_area_project_id'), ['project_id'], unique=False)

    op.create_table('funding_source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('amount_sek', sa.Float(), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_funding_source_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funding_source'))
    )
    with op.batch_alter_table('funding_source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funding_source_project_id'), ['project_id'], unique=False)

    op.create_table('steering_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('substitute', sa.String(length=200), nullable=False),
    sa.Column('active_from', sa.Date(), nullable=True),
    sa.Column('active_to', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_steering_member_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_steering_member'))
    )
    with op.batch_alter_table('steering_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_steering_member_project_id'), ['project_id'], unique=False)

    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('focus_area_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('data_source', sa.Text(), nullable=False),
    sa.Column('responsible', sa.String(length=300), nullable=False),
    sa.Column('effect_level', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('unit', sa.String(length=60), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('accumulation', sa.String(length=10), nullable=False),
    sa.Column('baseline', sa.Float(), nullable=True),
    sa.Column('baseline_quarter', sa.String(length=7), nullable=True),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('target_quarter', sa.String(length=7), nullable=True),
    sa.Column('split_by_sex', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['focus_area_id'], ['focus_area.id'], name=op.f('fk_indicator_focus_area_id_focus_area'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_indicator_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator')),
    sa.UniqueConstraint('project_id', 'code', name=op.f('uq_indicator_project_id'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_focus_area_id'), ['focus_area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_project_id'), ['project_id'], unique=False)

    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=True),
    sa.Column('quarter', sa.String(length=7), nullable=True),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('old_json', sa.Text(), nullable=True),
    sa.Column('new_json', sa.Text(), nullable=True),
    sa.Column('changed_by', sa.String(length=200), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('source_detail', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_audit_entry_indicator_id_indicator'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_audit_entry_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_changed_at'), ['changed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_indicator_id'), ['indicator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_project_id'), ['project_id'], unique=False)

    op.create_table('intermediate_target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.String(length=7), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_intermediate_target_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intermediate_target')),
    sa.UniqueConstraint('indicator_id', 'quarter', name=op.f('uq_intermediate_target_indicator_id'))
    )
    with op.batch_alter_table('intermediate_target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intermediate_target_indicator_id'), ['indicator_id'], unique=False)

    op.create_table('measurement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.String(length=7), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('numerator', sa.Float(), nullable=True),
    sa.Column('denominator', sa.Float(), nullable=True),
    sa.Column('women', sa.Float(), nullable=True),
    sa.Column('men', sa.Float(), nullable=True),
    sa.Column('other', sa.Float(), nullable=True),
    sa.Column('reached_on', sa.Date(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('entered_by', sa.String(length=200), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_measurement_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measurement')),
    sa.UniqueConstraint('indicator_id', 'quarter', name=op.f('uq_measurement_indicator_id'))
    )
    with op.batch_alter_table('measurement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measurement_indicator_id'), ['indicator_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('measurement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measurement_indicator_id'))

    op.drop_table('measurement')
    with op.batch_alter_table('intermediate_target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intermediate_target_indicator_id'))

    op.drop_table('intermediate_target')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_project_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_indicator_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_changed_at'))

    op.drop_table('audit_entry')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_project_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_focus_area_id'))

    op.drop_table('indicator')
    with op.batch_alter_table('steering_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_steering_member_project_id'))

    op.drop_table('steering_member')
    with op.batch_alter_table('funding_source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funding_source_project_id'))

    op.drop_table('funding_source')
    with op.batch_alter_table('focus_area', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_focus_area_project_id'))

    op.drop_table('focus_area')
    op.drop_table('project')
