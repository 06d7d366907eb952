/**
 * Why Run, Step, Epoch and Reset are greyed in a graph without a trainer (a lesson that only
 * plots, such as activation derivatives): said where the user looks, the board and the buttons.
 */
export const NO_TRAINER = 'Nothing to train in this lesson: it has no Trainer node — the charts update as you change the controls.'

/** The same, where one short line fits (the status row). */
export const NO_TRAINER_SHORT = 'Nothing to train: no Trainer node'
